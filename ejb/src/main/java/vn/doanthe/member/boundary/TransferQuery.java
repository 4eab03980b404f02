package vn.doanthe.member.boundary;

import java.io.Serializable;
import vn.doanthe.member.entity.Transfer;

/**
 * Which transfers a unit lists: those it sends, those it receives ({@code direction} null for
 * both), in one status or all ({@code status} null).
 */
public record TransferQuery(Direction direction, Transfer.Status status) implements Serializable {

    public enum Direction { SENT, RECEIVED }
}

package vn.doanthe.member.boundary;

import java.io.Serializable;

/** A transfer in a unit's list, and whether the caller is on its receiving side (and so decides it). */
public record TransferEntry(TransferView transfer, boolean received) implements Serializable {
}

package vn.doanthe.member.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import vn.doanthe.member.entity.MemberImport;

/** An import as the console and the API show it: where it stands and what came of it. */
public record ImportView(Long id, String fileName, String username, MemberImport.State state, int total, int done,
                         int valid, int invalid, int created, int unchanged, String failure, LocalDateTime createdAt,
                         LocalDateTime finishedAt) implements Serializable {

    public static ImportView of(MemberImport i) {
        return new ImportView(i.getId(), i.getFileName(), i.getUsername(), i.getState(), i.getTotal(), i.getDone(),
                i.getValid(), i.getInvalid(), i.getCreated(), i.getUnchanged(), i.getFailure(), i.getCreatedAt(),
                i.getFinishedAt());
    }

    /** Done in percent, for a progress bar: rows checked out of all, then valid rows written out of the valid. */
    public int percent() {
        int of = state == MemberImport.State.IMPORTING ? valid : total;
        return of == 0 ? (running() ? 0 : 100) : Math.min(100, done * 100 / of);
    }

    /** Rows checked so far, out of {@code total}: all of them once the check is over. */
    public int checked() {
        boolean checking = state == MemberImport.State.VALIDATING
                || state == MemberImport.State.FAILED && valid + invalid == 0;
        return checking ? done : total;
    }

    /** Valid rows written so far, out of {@code valid}: none before the user chose to import them. */
    public int written() {
        boolean writing = state == MemberImport.State.IMPORTING || state == MemberImport.State.DONE
                || state == MemberImport.State.FAILED && valid + invalid > 0;
        return writing ? done : 0;
    }

    public boolean running() {
        return state == MemberImport.State.VALIDATING || state == MemberImport.State.IMPORTING;
    }
}

package vn.doanthe.directive.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The bytes of a directive's files, in parts of 1 MB (table {@code directive_attachment_part}):
 * written in the command that records the file, read part by part into the download, so that
 * neither needs a packet, or a heap, of the file's size.
 */
@Dependent
public class AttachmentStore {

    static final int PART_BYTES = 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    public void write(long attachmentId, byte[] content) {
        for (int part = 0, from = 0; from < content.length || part == 0; part++, from += PART_BYTES) {
            byte[] bytes = Arrays.copyOfRange(content, from, Math.min(content.length, from + PART_BYTES));
            em.createNativeQuery("INSERT INTO directive_attachment_part (attachment_id, part_no, bytes) VALUES (?1, ?2, ?3)")
                    .setParameter(1, attachmentId).setParameter(2, part).setParameter(3, bytes).executeUpdate();
        }
    }

    public void read(long attachmentId, OutputStream out) {
        long parts = ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM directive_attachment_part WHERE attachment_id = ?1")
                .setParameter(1, attachmentId).getSingleResult()).longValue();
        try {
            for (int part = 0; part < parts; part++) {
                byte[] bytes = (byte[]) em.createNativeQuery(
                        "SELECT bytes FROM directive_attachment_part WHERE attachment_id = ?1 AND part_no = ?2")
                        .setParameter(1, attachmentId).setParameter(2, part).getSingleResult();
                out.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

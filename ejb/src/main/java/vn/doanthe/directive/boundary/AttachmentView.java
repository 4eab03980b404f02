package vn.doanthe.directive.boundary;

import java.io.Serializable;
import vn.doanthe.directive.entity.DirectiveAttachment;

/** A file of a document: its name as uploaded, its type as its content shows, its size in bytes and SHA-256. */
public record AttachmentView(Long id, Long directiveId, String fileName, String mediaType, long size, String sha256)
        implements Serializable {

    public static AttachmentView of(DirectiveAttachment a) {
        return new AttachmentView(a.getId(), a.getDirective().getId(), a.getFileName(), a.getMediaType(), a.getSize(),
                a.getSha256());
    }
}

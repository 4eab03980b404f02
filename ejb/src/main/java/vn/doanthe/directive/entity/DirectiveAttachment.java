package vn.doanthe.directive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.mutation.AuditedEntity;

/**
 * A file of a document: its name as uploaded, its type as its content shows it, its size and hash.
 * The bytes are kept apart, in parts (table {@code directive_attachment_part}); the hash, which
 * the audit trail records, proves them unchanged.
 */
@Entity
@Table(name = "directive_attachment")
public class DirectiveAttachment extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "directive_id")
    private Directive directive;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    protected DirectiveAttachment() {
    }

    public DirectiveAttachment(Directive directive, String fileName, String mediaType, long size, String sha256) {
        this.directive = directive;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
        this.sha256 = sha256;
    }

    @Override
    public Place territory() {
        return directive.territory();
    }

    public Directive getDirective() {
        return directive;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }
}

package org.countyhall.staff.internal.store;

import java.time.Instant;
import java.util.Date;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** A row of STAFF_PHOTO; kept apart from StaffEntity so that lists never load image bytes. */
@Entity
@Table(name = "STAFF_PHOTO")
public class PhotoEntity {

    @Id
    @Column(name = "STAFF_NUMBER", length = 20)
    private String staffNumber;

    @Column(name = "MEDIA_TYPE", length = 20, nullable = false)
    private String mediaType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    @Column(name = "SIZE_BYTES", nullable = false)
    private int sizeBytes;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_AT", nullable = false)
    private Date updatedAt;

    protected PhotoEntity() {
    }

    public PhotoEntity(String staffNumber) {
        this.staffNumber = staffNumber;
    }

    public void replace(String mediaType, byte[] content, Instant now) {
        this.mediaType = mediaType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.updatedAt = Date.from(now);
    }

    public String staffNumber() {
        return staffNumber;
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] content() {
        return content.clone();
    }
}

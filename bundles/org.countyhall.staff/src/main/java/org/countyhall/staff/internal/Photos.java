package org.countyhall.staff.internal;

import java.util.Optional;

import org.countyhall.core.api.error.BusinessKeys;
import org.countyhall.staff.api.Photo;
import org.countyhall.staff.internal.store.PhotoEntity;
import org.countyhall.staff.internal.store.StaffStore;

/** Staff photos (for badges and the public posting): JPEG or PNG up to the configured size, audited. */
final class Photos {

    private final StaffContext ctx;

    Photos(StaffContext ctx) {
        this.ctx = ctx;
    }

    Optional<Photo> photo(String rawNumber) {
        String number = BusinessKeys.validStaffNumber(rawNumber);
        if (number == null) {
            return Optional.empty();
        }
        return ctx.jpa().read(em -> new StaffStore(em).photo(number).map(p -> new Photo(p.mediaType(),
                p.content())));
    }

    void put(String rawNumber, Photo photo) {
        String number = StaffRules.key(rawNumber);
        PhotoRules.check(photo, ctx.config().get().photo_maxBytes());
        ctx.jpa().write(em -> {
            StaffStore store = new StaffStore(em);
            store.find(number).orElseThrow(() -> StaffContext.notFound(number));
            PhotoEntity p = store.photo(number).orElse(null);
            if (p == null) {
                p = new PhotoEntity(number);
                p.replace(photo.mediaType(), photo.bytes(), ctx.clock().instant());
                store.addPhoto(p);
            } else {
                p.replace(photo.mediaType(), photo.bytes(), ctx.clock().instant());
            }
            store.flush();
            ctx.audit().record("staff.photo.put", "staff/" + number, photo.mediaType() + ", " + photo.bytes().length
                    + " bytes");
            return null;
        });
    }

    void delete(String rawNumber) {
        String number = StaffRules.key(rawNumber);
        ctx.jpa().write(em -> {
            StaffStore store = new StaffStore(em);
            store.find(number).orElseThrow(() -> StaffContext.notFound(number));
            store.photo(number).ifPresent(p -> {
                store.removePhoto(p);
                ctx.audit().record("staff.photo.delete", "staff/" + number, null);
            });
            return null;
        });
    }
}

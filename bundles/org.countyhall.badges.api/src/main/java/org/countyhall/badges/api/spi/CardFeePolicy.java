package org.countyhall.badges.api.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What an issuance costs (L559). Ours: the first card a deposit of 10.00 yuan; the second card, after a loss or
 * damage, 20.00 (工本费); every further card after a loss 50.00; a replacement for damage 20.00 at any point; no
 * new deposit while one is held. The service with the highest {@code service.ranking} decides (ours: -100); the
 * change applies to the next issuance.
 */
@ConsumerType
public interface CardFeePolicy {

    CardFee fee(FeeRequest request);
}

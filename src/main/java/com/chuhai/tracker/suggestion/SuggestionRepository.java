package com.chuhai.tracker.suggestion;

import com.chuhai.tracker.shared.DomainException;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SuggestionRepository extends JpaRepository<Suggestion, Long>, JpaSpecificationExecutor<Suggestion> {

    Optional<Suggestion> findByTrackingId(String trackingId);

    /** The suggestion with this tracking id; none is a 404. */
    default Suggestion require(String trackingId) {
        return findByTrackingId(trackingId).orElseThrow(() -> DomainException.notFound("suggestion", trackingId));
    }

    /** The suggestion, locked until the transaction ends: two editors cannot both decide it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Suggestion s where s.trackingId = :trackingId")
    Optional<Suggestion> lockByTrackingId(String trackingId);

    long countByStatus(SuggestionStatus status);

    long countByStatusAndDecidedAtAfter(SuggestionStatus status, java.time.Instant after);

    java.util.List<Suggestion> findByStatusAndDecidedAtAfterOrderByDecidedAtDesc(
            SuggestionStatus status, java.time.Instant after);
}

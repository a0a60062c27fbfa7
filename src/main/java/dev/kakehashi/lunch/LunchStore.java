package dev.kakehashi.lunch;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port to the stored programmes, participation, pairs kept apart, rounds and seats of shuffle lunch. */
public interface LunchStore {
    List<Programme> programmes();

    Optional<Programme> programme(String key);

    /** Adds the programme; false when its key is taken. */
    boolean create(Programme programme);

    /** Changes the programme of that key; false when there is none. */
    boolean update(Programme programme);

    /** Removes the programme with its participation, pairs kept apart, rounds and seats. */
    void delete(String key);

    Optional<Participation> participation(String programmeKey, String userKey);

    /** Every person's participation row in the programme (opted in or not). */
    List<Participation> participations(String programmeKey);

    void save(Participation participation);

    /** The pairs kept apart, as {@link Pairs#of} keys. */
    List<String> apart(String programmeKey);

    /** Keeps the two apart; false when they were already. */
    boolean addApart(String programmeKey, String userA, String userB);

    /** False when they were not kept apart. */
    boolean removeApart(String programmeKey, String userA, String userB);

    Optional<Round> round(String programmeKey, LocalDate date);

    /** The newest rounds of the programme first, at most {@code limit}. */
    List<Round> rounds(String programmeKey, int limit);

    Optional<Round> round(long id);

    /**
     * Writes the round and its seats in one transaction; empty when the programme already has a round on that date
     * (written by another run or node), in which case nothing is written.
     */
    Optional<Round> save(Round round, List<Seat> seats);

    /** The seats of these rounds. */
    List<Seat> seats(Collection<Long> roundIds);

    /** The person's seats, newest round first, at most {@code limit}. */
    List<Seat> seatsOf(String userKey, int limit);

    /** Records the person's answer; false when they have no seat in the round. */
    boolean answer(long roundId, String userKey, boolean met);

    /** Rounds formed on or before the day whose "did you meet?" has not been asked yet. */
    List<Round> roundsToAsk(LocalDate formedOnOrBefore);

    /** Marks the round asked (the caller has claimed the asking in the ledger, so that one node asks). */
    void markAsked(long roundId);
}

package dev.kakehashi.lunch.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.lunch.Cadence;
import dev.kakehashi.lunch.LunchStore;
import dev.kakehashi.lunch.Pairs;
import dev.kakehashi.lunch.Participation;
import dev.kakehashi.lunch.Programme;
import dev.kakehashi.lunch.Round;
import dev.kakehashi.lunch.Seat;
import dev.kakehashi.platform.ao.AoErrors;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/**
 * Shuffle lunch in Active Objects. A round and its seats are written in one transaction; the round's unique key
 * (programme and date) lets exactly one run through, on whichever node, so a round is formed once.
 */
public class AoLunchStore implements LunchStore {
    /** Seats read per statement when reading rounds' seats ({@code IN} lists stay short on every database). */
    static final int IN_BATCH = 500;
    private final ActiveObjects ao;

    public AoLunchStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<Programme> programmes() {
        return Arrays.stream(ao.find(AoLunchProgramme.class, Query.select()
                .order(AoLunchProgramme.PROGRAMME_KEY))).map(AoLunchStore::toProgramme).toList();
    }

    @Override
    public Optional<Programme> programme(String key) {
        return row(key).map(AoLunchStore::toProgramme);
    }

    private Optional<AoLunchProgramme> row(String key) {
        AoLunchProgramme[] rows = ao.find(AoLunchProgramme.class, Query.select()
                .where(AoLunchProgramme.PROGRAMME_KEY + " = ?", key));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    @Override
    public boolean create(Programme programme) {
        try {
            ao.executeInTransaction(() -> ao.create(AoLunchProgramme.class, values(programme)));
            return true;
        } catch (RuntimeException e) {
            if (AoErrors.isConstraintViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean update(Programme programme) {
        return ao.executeInTransaction(() -> {
            Optional<AoLunchProgramme> found = row(programme.key());
            if (found.isEmpty()) {
                return false;
            }
            AoLunchProgramme row = found.get();
            row.setNameEn(programme.nameEn());
            row.setNameJa(programme.nameJa());
            row.setSite(programme.site());
            row.setCadence(programme.cadence().key());
            row.setWeekday(programme.weekday().getValue());
            row.setStartsOn(programme.startsOn().toString());
            row.setGroupSize(programme.groupSize());
            row.setMinDepartments(programme.minDepartments());
            row.setAvoidRounds(programme.avoidRounds());
            row.setActive(programme.active() ? 1 : 0);
            row.save();
            return true;
        });
    }

    private static Map<String, Object> values(Programme p) {
        Map<String, Object> values = new HashMap<>();
        values.put(AoLunchProgramme.PROGRAMME_KEY, p.key());
        values.put(AoLunchProgramme.NAME_EN, p.nameEn());
        values.put(AoLunchProgramme.NAME_JA, p.nameJa());
        values.put(AoLunchProgramme.SITE, p.site());
        values.put(AoLunchProgramme.CADENCE, p.cadence().key());
        values.put(AoLunchProgramme.WEEKDAY, p.weekday().getValue());
        values.put(AoLunchProgramme.STARTS_ON, p.startsOn().toString());
        values.put(AoLunchProgramme.GROUP_SIZE, p.groupSize());
        values.put(AoLunchProgramme.MIN_DEPARTMENTS, p.minDepartments());
        values.put(AoLunchProgramme.AVOID_ROUNDS, p.avoidRounds());
        values.put(AoLunchProgramme.ACTIVE, p.active() ? 1 : 0);
        return values;
    }

    @Override
    public void delete(String key) {
        ao.executeInTransaction(() -> {
            List<Long> rounds = new ArrayList<>();
            for (AoLunchRound round : ao.find(AoLunchRound.class, Query.select("ID")
                    .where(AoLunchRound.PROGRAMME_KEY + " = ?", key))) {
                rounds.add((long) round.getID());
            }
            for (List<Long> batch : batches(rounds)) {
                ao.deleteWithSQL(AoLunchSeat.class, AoLunchSeat.ROUND_ID + " IN (" + marks(batch.size()) + ")",
                        batch.stream().map(Long::intValue).toArray());
            }
            ao.deleteWithSQL(AoLunchRound.class, AoLunchRound.PROGRAMME_KEY + " = ?", key);
            ao.deleteWithSQL(AoLunchApart.class, AoLunchApart.PROGRAMME_KEY + " = ?", key);
            ao.deleteWithSQL(AoLunchMember.class, AoLunchMember.PROGRAMME_KEY + " = ?", key);
            ao.deleteWithSQL(AoLunchProgramme.class, AoLunchProgramme.PROGRAMME_KEY + " = ?", key);
            return null;
        });
    }

    @Override
    public Optional<Participation> participation(String programmeKey, String userKey) {
        AoLunchMember[] rows = ao.find(AoLunchMember.class, Query.select()
                .where(AoLunchMember.MEMBER_KEY + " = ?", programmeKey + ":" + userKey));
        return rows.length == 0 ? Optional.empty() : Optional.of(toParticipation(rows[0]));
    }

    @Override
    public List<Participation> participations(String programmeKey) {
        return Arrays.stream(ao.find(AoLunchMember.class, Query.select()
                .where(AoLunchMember.PROGRAMME_KEY + " = ?", programmeKey)))
                .map(AoLunchStore::toParticipation).toList();
    }

    @Override
    public void save(Participation p) {
        String memberKey = p.programmeKey() + ":" + p.userKey();
        String snoozed = p.snoozedUntil() == null ? "" : p.snoozedUntil().toString();
        try {
            ao.executeInTransaction(() -> {
                AoLunchMember[] rows = ao.find(AoLunchMember.class, Query.select()
                        .where(AoLunchMember.MEMBER_KEY + " = ?", memberKey));
                if (rows.length == 0) {
                    Map<String, Object> values = new HashMap<>();
                    values.put(AoLunchMember.PROGRAMME_KEY, p.programmeKey());
                    values.put(AoLunchMember.USER_KEY, p.userKey());
                    values.put(AoLunchMember.MEMBER_KEY, memberKey);
                    values.put(AoLunchMember.OPTED_IN, p.optedIn() ? 1 : 0);
                    values.put(AoLunchMember.SNOOZED_UNTIL, snoozed);
                    ao.create(AoLunchMember.class, values);
                } else {
                    rows[0].setOptedIn(p.optedIn() ? 1 : 0);
                    rows[0].setSnoozedUntil(snoozed);
                    rows[0].save();
                }
                return null;
            });
        } catch (RuntimeException e) {
            // two saves of a first row at once: the other one's row is there now, so change it
            if (!AoErrors.isConstraintViolation(e)) {
                throw e;
            }
            save(p);
        }
    }

    @Override
    public List<String> apart(String programmeKey) {
        return Arrays.stream(ao.find(AoLunchApart.class, Query.select()
                .where(AoLunchApart.PROGRAMME_KEY + " = ?", programmeKey)))
                .map(r -> Pairs.of(r.getUserA(), r.getUserB())).toList();
    }

    @Override
    public boolean addApart(String programmeKey, String userA, String userB) {
        boolean ordered = userA.compareTo(userB) <= 0;
        Map<String, Object> values = new HashMap<>();
        values.put(AoLunchApart.PROGRAMME_KEY, programmeKey);
        values.put(AoLunchApart.USER_A, ordered ? userA : userB);
        values.put(AoLunchApart.USER_B, ordered ? userB : userA);
        values.put(AoLunchApart.APART_KEY, apartKey(programmeKey, userA, userB));
        try {
            ao.executeInTransaction(() -> ao.create(AoLunchApart.class, values));
            return true;
        } catch (RuntimeException e) {
            if (AoErrors.isConstraintViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean removeApart(String programmeKey, String userA, String userB) {
        return ao.deleteWithSQL(AoLunchApart.class, AoLunchApart.APART_KEY + " = ?",
                apartKey(programmeKey, userA, userB)) > 0;
    }

    static String apartKey(String programmeKey, String userA, String userB) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(Pairs.of(userA, userB).getBytes(StandardCharsets.UTF_8));
            return programmeKey + ":" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<Round> round(String programmeKey, LocalDate date) {
        AoLunchRound[] rows = ao.find(AoLunchRound.class, Query.select(AoLunchRound.SELECT)
                .where(AoLunchRound.ROUND_KEY + " = ?", programmeKey + ":" + date));
        return rows.length == 0 ? Optional.empty() : Optional.of(toRound(rows[0]));
    }

    @Override
    public Optional<Round> round(long id) {
        AoLunchRound[] rows = ao.find(AoLunchRound.class, Query.select(AoLunchRound.SELECT)
                .where("ID = ?", (int) id));
        return rows.length == 0 ? Optional.empty() : Optional.of(toRound(rows[0]));
    }

    @Override
    public List<Round> rounds(String programmeKey, int limit) {
        return Arrays.stream(ao.find(AoLunchRound.class, Query.select(AoLunchRound.SELECT)
                .where(AoLunchRound.PROGRAMME_KEY + " = ?", programmeKey)
                .order(AoLunchRound.ROUND_DATE + " DESC").limit(limit))).map(AoLunchStore::toRound).toList();
    }

    @Override
    public Optional<Round> save(Round round, List<Seat> seats) {
        return AoErrors.unlessTaken(() -> ao.executeInTransaction(() -> {
            Map<String, Object> values = new HashMap<>();
            values.put(AoLunchRound.PROGRAMME_KEY, round.programmeKey());
            values.put(AoLunchRound.ROUND_DATE, round.date().toString());
            values.put(AoLunchRound.ROUND_KEY, round.programmeKey() + ":" + round.date());
            values.put(AoLunchRound.SEED, round.seed());
            values.put(AoLunchRound.PEOPLE_COUNT, round.people());
            values.put(AoLunchRound.GROUP_COUNT, round.groups());
            values.put(AoLunchRound.REPEATED_PAIRS, round.repeatedPairs());
            values.put(AoLunchRound.BELOW_MINIMUM, round.groupsBelowMinimum());
            values.put(AoLunchRound.APART_TOGETHER, round.apartTogether());
            values.put(AoLunchRound.LEFT_OUT, round.leftOut());
            values.put(AoLunchRound.ASKED, round.asked() ? 1 : 0);
            values.put(AoLunchRound.FORMED_AT, round.formedAt().toEpochMilli());
            AoLunchRound row = ao.create(AoLunchRound.class, values);
            List<Map<String, Object>> rows = new ArrayList<>(seats.size());
            for (Seat seat : seats) {
                Map<String, Object> s = new HashMap<>();
                s.put(AoLunchSeat.ROUND_ID, row.getID());
                s.put(AoLunchSeat.GROUP_NO, seat.group());
                s.put(AoLunchSeat.USER_KEY, seat.userKey());
                s.put(AoLunchSeat.DEPARTMENTS, String.join(",", seat.departments()));
                s.put(AoLunchSeat.STARTER, seat.starter());
                s.put(AoLunchSeat.MET, met(seat.met()));
                rows.add(s);
            }
            if (!rows.isEmpty()) {
                ao.create(AoLunchSeat.class, rows);
            }
            return round.withId(row.getID());
        }));
    }

    @Override
    public List<Seat> seats(Collection<Long> roundIds) {
        List<Seat> seats = new ArrayList<>();
        for (List<Long> batch : batches(new ArrayList<>(new HashSet<>(roundIds)))) {
            for (AoLunchSeat row : ao.find(AoLunchSeat.class, Query.select(AoLunchSeat.SELECT)
                    .where(AoLunchSeat.ROUND_ID + " IN (" + marks(batch.size()) + ")",
                            batch.stream().map(Long::intValue).toArray()))) {
                seats.add(toSeat(row));
            }
        }
        return seats;
    }

    @Override
    public List<Seat> seatsOf(String userKey, int limit) {
        return Arrays.stream(ao.find(AoLunchSeat.class, Query.select(AoLunchSeat.SELECT)
                .where(AoLunchSeat.USER_KEY + " = ?", userKey).order(AoLunchSeat.ROUND_ID + " DESC").limit(limit)))
                .map(AoLunchStore::toSeat).toList();
    }

    @Override
    public boolean answer(long roundId, String userKey, boolean met) {
        return ao.executeInTransaction(() -> {
            AoLunchSeat[] rows = ao.find(AoLunchSeat.class, Query.select(AoLunchSeat.SELECT)
                    .where(AoLunchSeat.ROUND_ID + " = ? AND " + AoLunchSeat.USER_KEY + " = ?", (int) roundId,
                            userKey));
            for (AoLunchSeat row : rows) {
                row.setMet(met(met));
                row.save();
            }
            return rows.length > 0;
        });
    }

    @Override
    public List<Round> roundsToAsk(LocalDate formedOnOrBefore) {
        return Arrays.stream(ao.find(AoLunchRound.class, Query.select(AoLunchRound.SELECT)
                .where(AoLunchRound.ASKED + " = 0 AND " + AoLunchRound.ROUND_DATE + " <= ?",
                        formedOnOrBefore.toString()))).map(AoLunchStore::toRound).toList();
    }

    @Override
    public void markAsked(long roundId) {
        ao.executeInTransaction(() -> {
            for (AoLunchRound row : ao.find(AoLunchRound.class, Query.select("ID, " + AoLunchRound.ASKED)
                    .where("ID = ?", (int) roundId))) {
                row.setAsked(1);
                row.save();
            }
            return null;
        });
    }

    private static int met(Boolean met) {
        return met == null ? 0 : met ? 1 : 2;
    }

    private static List<List<Long>> batches(List<Long> ids) {
        List<List<Long>> batches = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += IN_BATCH) {
            batches.add(ids.subList(i, Math.min(ids.size(), i + IN_BATCH)));
        }
        return batches;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static Programme toProgramme(AoLunchProgramme r) {
        return new Programme(r.getProgrammeKey(), text(r.getNameEn()), text(r.getNameJa()), text(r.getSite()),
                Cadence.ofKey(r.getCadence()).orElse(Cadence.WEEKLY), DayOfWeek.of(r.getWeekday()),
                LocalDate.parse(r.getStartsOn()), r.getGroupSize(), r.getMinDepartments(), r.getAvoidRounds(),
                r.getActive() == 1);
    }

    private static Participation toParticipation(AoLunchMember r) {
        String snoozed = text(r.getSnoozedUntil());
        return new Participation(r.getProgrammeKey(), r.getUserKey(), r.getOptedIn() == 1,
                snoozed.isEmpty() ? null : LocalDate.parse(snoozed));
    }

    private static Round toRound(AoLunchRound r) {
        return new Round(r.getID(), r.getProgrammeKey(), LocalDate.parse(r.getRoundDate()), r.getSeed(),
                r.getPeopleCount(), r.getGroupCount(), r.getRepeatedPairs(), r.getBelowMinimum(),
                r.getApartTogether(), r.getLeftOut(), r.getAsked() == 1, Instant.ofEpochMilli(r.getFormedAt()));
    }

    private static Seat toSeat(AoLunchSeat r) {
        String departments = text(r.getDepartments());
        Boolean met = r.getMet() == 0 ? null : r.getMet() == 1;
        return new Seat(r.getRoundId(), r.getGroupNo(), r.getUserKey(),
                departments.isEmpty() ? List.of() : List.of(departments.split(",")), r.getStarter(), met);
    }

    /** MariaDB and Oracle-style databases may give back null for an empty text. */
    private static String text(String value) {
        return value == null ? "" : value;
    }
}

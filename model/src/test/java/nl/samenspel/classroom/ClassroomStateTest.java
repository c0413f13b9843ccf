package nl.samenspel.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassroomStateTest {
    private static final BystanderSetup FITTED = BystanderFitFile.load().design();

    @Test
    void runsFollowEachOtherAndAreTalliedByCondition() {
        RoomSettings settings = new RoomSettings(FITTED, 4, 0, false);
        settings.setCycleGroupSizes(true);
        ClassroomState room = new ClassroomState(FITTED, settings, 7);
        room.start();
        for (int i = 0; i < 3000; i++) room.schedule.step(room);
        assertTrue(room.runs() >= 8, "runs: " + room.runs());
        for (int n : new int[] {0, 1, 4}) assertTrue(room.tallies().containsKey(new ClassroomState.Condition(n, 0, false, false)), "group size " + n);
        settings.setFastForward(true);
        long before = room.runs();
        room.schedule.step(room);
        assertEquals(before + RoomSettings.QUICK_RUNS, room.runs());
    }

    @Test
    void sideBySideRoomsShareTheirLuck() {
        RoomSettings settings = new RoomSettings(FITTED, 0, 4, true);
        settings.setExplicitResponsibility(true); // the named person 1 then has the lone rate in both rooms
        ClassroomState room = new ClassroomState(FITTED, settings, 3);
        room.start();
        for (int i = 0; i < 200; i++) {
            room.schedule.step(room);
            assertEquals(room.rooms().get(0).state(0), room.rooms().get(1).state(0), "second " + i);
        }
    }

    @Test
    void theRoomIsSeatedBeforeTheFirstStepWithTheSubjectAndHerOthers() {
        ClassroomState room = new ClassroomState(FITTED, new RoomSettings(FITTED, 4, 0, false), 5);
        assertFalse(room.started());
        int inNeed = 0, subjects = 0, others = 0;
        for (Object o : room.field.getAllObjects()) {
            if (!(o instanceof ClassroomState.Person p)) continue;
            if (p.index() < 0) inNeed++;
            else if (p.subject()) subjects++;
            else others++;
        }
        assertEquals(1, inNeed);
        assertEquals(1, subjects);
        assertEquals(4, others, "with 4 others: the subject and four others");
        room.start();
        room.schedule.step(room);
        assertTrue(room.started());
    }

    @Test
    void theWindowsInViewSettingPutsTheRoomInView() {
        RoomSettings settings = new RoomSettings(FITTED, 1, 0, false);
        settings.setInView(true);
        ClassroomState room = new ClassroomState(FITTED, settings, 5);
        room.start();
        assertTrue(room.rooms().get(0).setup().inView());
    }

    @Test
    void nobodyIsStillHesitatingOnceTheEmergencyIsOver() {
        BystanderSetup s = FITTED.withOthers(4, 1);
        BystanderRoom r = new BystanderRoom(s, 9);
        while (!r.emergencyOver()) r.step();
        for (int i = 0; i < r.people(); i++) {
            BystanderRoom.State st = r.state(i);
            assertTrue(st == BystanderRoom.State.ACTED || st == BystanderRoom.State.DID_NOT_ACT || st == BystanderRoom.State.CONFEDERATE, i + ": " + st);
        }
    }
}

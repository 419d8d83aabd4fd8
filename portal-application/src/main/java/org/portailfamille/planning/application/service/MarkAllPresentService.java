package org.portailfamille.planning.application.service;

import org.portailfamille.planning.application.port.in.AttendanceRegister;
import org.portailfamille.planning.application.port.in.MarkAllPresentUseCase;
import org.portailfamille.planning.application.port.in.RecordAttendanceCommand;
import org.portailfamille.planning.application.port.in.RecordAttendanceResult;
import org.portailfamille.planning.application.port.in.RecordAttendanceUseCase;
import org.portailfamille.planning.application.port.in.RegisterLine;
import org.portailfamille.planning.application.port.in.ViewAttendanceRegisterUseCase;
import org.portailfamille.shared.ChildId;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Marks the expected children present through the register's own recording (same checks, same events). */
public class MarkAllPresentService implements MarkAllPresentUseCase {

    private final ViewAttendanceRegisterUseCase registers;
    private final RecordAttendanceUseCase record;

    public MarkAllPresentService(ViewAttendanceRegisterUseCase registers, RecordAttendanceUseCase record) {
        this.registers = registers;
        this.record = record;
    }

    @Override
    public RecordAttendanceResult markAllPresent(UUID activityId, LocalDate day, String recordedBy) {
        Optional<AttendanceRegister> register = registers.register(activityId, day);
        Map<ChildId, String> marks = new LinkedHashMap<>();
        register.ifPresent(found -> found.lines().stream()
                .filter(RegisterLine::booked)
                .filter(line -> line.mark() == null && line.absenceStatus() == null)
                .forEach(line -> marks.put(line.child(), "PRESENT")));
        if (register.isEmpty() || marks.isEmpty()) {
            return new RecordAttendanceResult(List.of(), 0, 0);
        }
        return record.recordAttendance(new RecordAttendanceCommand(activityId, day, marks, recordedBy));
    }
}

package org.proficio.competency.moodle;

import java.util.List;

/** A Moodle competency framework CSV read and checked: its framework row and its competency rows, in file order. */
record MoodleFile(MoodleRow framework, List<MoodleRow> competencies) {}

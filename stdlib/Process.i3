(* Process: the running program (after cm3's Process.i3, reduced to what an extension can do). *)
INTERFACE Process;

PROCEDURE Exit (n: INTEGER := 0);
PROCEDURE Crash (msg: TEXT);

END Process.

(* Process: ending the program with a status. *)
MODULE Process;

IMPORT Wr, Stdio;

PROCEDURE SPINDLE_HOST_EXIT (status: INTEGER) = BEGIN END SPINDLE_HOST_EXIT;

PROCEDURE Exit (n: INTEGER := 0) =
  BEGIN
    SPINDLE_HOST_EXIT(n)
  END Exit;

PROCEDURE Crash (msg: TEXT) =
  <*FATAL ANY*>
  BEGIN
    Wr.PutText(Stdio.stderr, msg & "\n");
    SPINDLE_HOST_EXIT(1)
  END Crash;

BEGIN
END Process.

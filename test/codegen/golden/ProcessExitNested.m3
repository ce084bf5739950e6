(* exit: 42 *)
(* Process.Exit called deep inside procedures and loops ends the whole program with its status. *)
MODULE ProcessExitNested EXPORTS Main;
IMPORT IO, Fmt, Process;
PROCEDURE Check (i: INTEGER) =
  BEGIN
    IF i = 3 THEN IO.Put("stopping at " & Fmt.Int(i) & "\n"); Process.Exit(42) END
  END Check;
BEGIN
  FOR i := 1 TO 10 DO
    WHILE TRUE DO Check(i); EXIT END;
    IO.Put(Fmt.Int(i) & "\n")
  END;
  IO.Put("not reached\n")
END ProcessExitNested.

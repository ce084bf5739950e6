(* LOCK statements nest on different mutexes; each body runs once, inner inside outer. *)
MODULE LockNested EXPORTS Main;
IMPORT IO, Fmt, Thread;
VAR a := NEW(Thread.Mutex); b := NEW(MUTEX); total := 0;
BEGIN
  FOR i := 1 TO 3 DO
    LOCK a DO
      INC(total, i);
      LOCK b DO INC(total, 10 * i) END
    END
  END;
  IO.Put(Fmt.Int(total) & "\n")
END LockNested.

(* LOCK releases its mutex however the body is left: normally, by RETURN or by an exception. *)
MODULE LockReturn EXPORTS Main;
IMPORT IO, Fmt, Thread;
EXCEPTION Oops;
VAR m := NEW(Thread.Mutex); count := 0;
PROCEDURE Bump (): INTEGER =
  BEGIN
    LOCK m DO INC(count); RETURN count END
  END Bump;
PROCEDURE Fail () RAISES {Oops} =
  BEGIN
    LOCK m DO RAISE Oops END
  END Fail;
BEGIN
  IO.Put(Fmt.Int(Bump()) & " " & Fmt.Int(Bump()) & "\n");
  TRY Fail() EXCEPT Oops => IO.Put("caught\n") END;
  LOCK m DO IO.Put("locked again\n") END;
  Thread.Acquire(m);
  IO.Put(Fmt.Int(count) & "\n");
  Thread.Release(m)
END LockReturn.

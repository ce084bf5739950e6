(* LOCK takes a MUTEX (Thread.Mutex is MUTEX); until strands exist it only checks and runs. *)
MODULE LockStatement EXPORTS Main;

IMPORT Thread, IO;

VAR
  mu := NEW(Thread.Mutex);
  counter := 0;

BEGIN
  LOCK mu DO INC(counter) END;
  IO.PutInt(counter);
END LockStatement.

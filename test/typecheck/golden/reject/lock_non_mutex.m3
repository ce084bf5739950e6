(* LOCK needs a MUTEX. *)
MODULE LockNonMutex EXPORTS Main;

VAR n := 0;

BEGIN
  LOCK n DO INC(n) END;
END LockNonMutex.

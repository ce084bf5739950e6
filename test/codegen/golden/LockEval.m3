(* LOCK runs its body (there is one thread); EVAL discards a result; ASSERT holds. *)
MODULE LockEval EXPORTS Main;
IMPORT IO, Fmt;
VAR mu := NEW(MUTEX); count := 0;
PROCEDURE Next (): INTEGER = BEGIN INC(count); RETURN count END Next;
BEGIN
  LOCK mu DO EVAL Next(); EVAL Next() END;
  <*ASSERT count = 2*>
  IO.Put(Fmt.Int(count) & "\n")
END LockEval.

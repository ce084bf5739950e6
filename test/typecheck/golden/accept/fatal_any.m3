(* <*FATAL ANY*> covers every exception, including those of RAISES ANY procedures. *)
MODULE FatalAny EXPORTS Main;

IMPORT IO, Scan;

<*FATAL ANY*>

PROCEDURE Risky () RAISES ANY =
  BEGIN
  END Risky;

BEGIN
  Risky();
  IO.PutInt(Scan.Int("42"));
END FatalAny.

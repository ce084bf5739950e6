(* An UNSAFE module is accepted only when building trusted kernel code (the test runs it trusted);
   only there are ADR and LOOPHOLE allowed. *)
UNSAFE MODULE TrustedUnsafe EXPORTS Main;

IMPORT IO;

VAR
  x: INTEGER := 1;
  a: ADDRESS;

BEGIN
  a := ADR(x);
  IF a # NIL AND LOOPHOLE(x, INTEGER) = 1 THEN IO.Put("trusted\n") END;
END TrustedUnsafe.

(* LOOPHOLE reinterprets bits, so only trusted UNSAFE code may use it. *)
MODULE LoopholeInSafeCode EXPORTS Main;

VAR r: REAL;

BEGIN
  r := LOOPHOLE(1, REAL);
END LoopholeInSafeCode.

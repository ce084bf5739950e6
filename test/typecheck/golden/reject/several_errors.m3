(* One run reports every independent error, and an erroneous expression causes no further
   messages (the undeclared 'missing' is reported at its first use only). *)
MODULE SeveralErrors EXPORTS Main;

VAR
  n: INTEGER;
  t: TEXT;

BEGIN
  n := t;
  t := missing + 1;
  n := missing;
  EXIT;
  n := "text" & 1;
END SeveralErrors.

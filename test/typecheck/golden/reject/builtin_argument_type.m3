(* Built-ins check their arguments: FLOOR needs a real number. *)
MODULE BuiltinArgumentType EXPORTS Main;

VAR n := 5;

BEGIN
  n := FLOOR(n);
END BuiltinArgumentType.

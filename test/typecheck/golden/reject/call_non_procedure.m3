(* Only procedures can be called. *)
MODULE CallNonProcedure EXPORTS Main;

VAR n := 3;

BEGIN
  n(1);
END CallNonProcedure.

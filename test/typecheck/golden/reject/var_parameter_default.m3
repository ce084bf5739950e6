(* A VAR parameter aliases the caller's variable, so it cannot have a default. *)
MODULE VarParameterDefault EXPORTS Main;

PROCEDURE Reset (VAR n: INTEGER := 0) =
  BEGIN
    n := 0;
  END Reset;

VAR x := 1;

BEGIN
  Reset(x);
END VarParameterDefault.

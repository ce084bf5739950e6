(* A VAR parameter needs a variable to alias, not a value. *)
MODULE VarActualNotDesignator EXPORTS Main;

PROCEDURE Reset (VAR n: INTEGER) =
  BEGIN
    n := 0;
  END Reset;

VAR x := 1;

BEGIN
  Reset(x + 1);
END VarActualNotDesignator.

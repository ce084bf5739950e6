(* A VAR parameter's argument must have exactly the formal's type. *)
MODULE VarActualWrongType EXPORTS Main;

PROCEDURE Reset (VAR n: INTEGER) =
  BEGIN
    n := 0;
  END Reset;

VAR small: [0 .. 9] := 3;

BEGIN
  Reset(small);
END VarActualWrongType.

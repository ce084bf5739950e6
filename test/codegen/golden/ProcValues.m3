(* Procedure values: variables of procedure type, passing procedures, NIL. *)
MODULE ProcValues EXPORTS Main;
IMPORT IO, Fmt;
TYPE Op = PROCEDURE (a, b: INTEGER): INTEGER;
PROCEDURE Add (a, b: INTEGER): INTEGER = BEGIN RETURN a + b END Add;
PROCEDURE Mul (a, b: INTEGER): INTEGER = BEGIN RETURN a * b END Mul;
PROCEDURE Fold (op: Op; READONLY xs: ARRAY OF INTEGER; init: INTEGER): INTEGER =
  VAR acc := init;
  BEGIN
    FOR i := 0 TO LAST(xs) DO acc := op(acc, xs[i]) END;
    RETURN acc
  END Fold;
VAR op: Op := Add; xs := ARRAY [1 .. 4] OF INTEGER{1, 2, 3, 4};
BEGIN
  IO.Put(Fmt.Int(op(2, 3)) & " ");
  op := Mul;
  IO.Put(Fmt.Int(op(2, 3)) & " " & Fmt.Int(Fold(Add, xs, 0)) & " " & Fmt.Int(Fold(Mul, xs, 1)) & " " & Fmt.Bool(op = Mul) & "\n")
END ProcValues.

(* Procedure types: procedures are values that can be stored in variables, passed as arguments and
   called indirectly; NIL is a member of every procedure type. *)
MODULE ProcedureTypes EXPORTS Main;

IMPORT IO, Fmt;

TYPE
  BinaryOp = PROCEDURE (a, b: INTEGER): INTEGER;

PROCEDURE Add (x, y: INTEGER): INTEGER =
  BEGIN
    RETURN x + y;
  END Add;

PROCEDURE Mul (x, y: INTEGER): INTEGER =
  BEGIN
    RETURN x * y;
  END Mul;

PROCEDURE Fold (READONLY a: ARRAY OF INTEGER; op: BinaryOp; start: INTEGER): INTEGER =
  VAR acc := start;
  BEGIN
    FOR i := 0 TO LAST(a) DO acc := op(acc, a[i]) END;
    RETURN acc;
  END Fold;

VAR
  op: BinaryOp := NIL;
  data := ARRAY [0 .. 3] OF INTEGER{1, 2, 3, 4};

BEGIN
  op := Add;
  IF op # NIL THEN
    IO.Put(Fmt.Int(Fold(data, op, 0) + Fold(data, Mul, 1)) & "\n");
  END;
END ProcedureTypes.

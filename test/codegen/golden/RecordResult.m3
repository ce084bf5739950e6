(* Functions may return records and arrays; the results can be selected from directly. *)
MODULE RecordResult EXPORTS Main;
IMPORT IO, Fmt;
TYPE Pair = RECORD a, b: INTEGER END; Triple = ARRAY [1 .. 3] OF INTEGER;
PROCEDURE MakePair (x: INTEGER): Pair = BEGIN RETURN Pair{x, x * x} END MakePair;
PROCEDURE MakeTriple (x: INTEGER): Triple = BEGIN RETURN Triple{x, x + 1, x + 2} END MakeTriple;
VAR p: Pair;
BEGIN
  p := MakePair(7);
  IO.Put(Fmt.Int(p.a) & " " & Fmt.Int(p.b) & " " & Fmt.Int(MakePair(3).b) & " " & Fmt.Int(MakeTriple(5)[3]) & "\n")
END RecordResult.

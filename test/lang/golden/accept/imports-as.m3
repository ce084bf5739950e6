MODULE ImportsAs;
IMPORT IO, Fmt AS F, Text;
FROM Word IMPORT And, Or, Shift;
FROM Text IMPORT Length;

BEGIN
  IO.Put(F.Int(Length("abc")) & "\n");
  EVAL And(Or(1, 2), Shift(3, 1));
  EVAL Text.Equal("a", "b")
END ImportsAs.

INTERFACE Arrays;

TYPE
  Vector = ARRAY [0 .. 2] OF REAL;
  Matrix = ARRAY [0 .. 2], [0 .. 2] OF REAL;
  Board = ARRAY Color OF ARRAY [1 .. 8] OF CHAR;
  Color = {White, Black};
  Buffer = ARRAY OF CHAR;
  Grid = ARRAY OF ARRAY OF INTEGER;
  Rows = REF ARRAY OF TEXT;

END Arrays.

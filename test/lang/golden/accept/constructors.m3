MODULE Constructors;

TYPE
  Point = RECORD x, y: INTEGER END;
  Digits = SET OF [0 .. 9];
  Row = ARRAY [0 .. 4] OF INTEGER;
  Names = ARRAY OF TEXT;

CONST
  Origin = Point{0, 0};
  Corner = Point{x := 10, y := 20};
  Odd = Digits{1, 3, 5 .. 9};
  Zeros = Row{0, ..};
  Ramp = Row{1, 2, 3, 4, 5};
  Greeting = Names{"hello", "world"};
  Nested = ARRAY [0 .. 1] OF Point{Point{1, 2}, Origin};
  Inline = ARRAY [0 .. 2] OF INTEGER{7, ..};

BEGIN
END Constructors.

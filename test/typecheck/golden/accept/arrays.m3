(* Fixed arrays: any ordinal index type, several dimensions written a[i, j], constructors
   whose trailing ".." repeats the last element. *)
MODULE Arrays EXPORTS Main;

IMPORT IO, Fmt;

TYPE
  Vector = ARRAY [1 .. 3] OF INTEGER;
  Matrix = ARRAY [1 .. 3], [1 .. 3] OF INTEGER;
  Flags = ARRAY BOOLEAN OF TEXT;

CONST
  Zero = Vector{0, ..};
  Names = Flags{"no", "yes"};

VAR
  v := Vector{1, 2, 3};
  m: Matrix;
  total := 0;

BEGIN
  FOR i := 1 TO 3 DO
    FOR j := 1 TO 3 DO
      m[i, j] := v[i] * v[j] + Zero[j];
      total := total + m[i][j];
    END;
  END;
  v := Zero;
  IO.Put(Fmt.Int(total) & Names[total > 10] & Fmt.Int(NUMBER(Matrix)) & "\n");
END Arrays.

(* An open array of two dimensions: NEW(REF ARRAY OF ARRAY OF T, n, m). *)
MODULE OpenArray2D EXPORTS Main;
IMPORT IO, Fmt;
VAR grid := NEW(REF ARRAY OF ARRAY OF INTEGER, 3, 4); total := 0;
BEGIN
  FOR i := 0 TO LAST(grid^) DO
    FOR j := 0 TO LAST(grid[i]) DO grid[i, j] := i * 10 + j END
  END;
  FOR i := 0 TO 2 DO FOR j := 0 TO 3 DO INC(total, grid[i][j]) END END;
  IO.Put(Fmt.Int(NUMBER(grid^)) & "x" & Fmt.Int(NUMBER(grid[0])) & " " & Fmt.Int(total) & " " & Fmt.Int(grid[2, 3]) & "\n")
END OpenArray2D.

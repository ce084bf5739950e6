(* Open arrays: REF ARRAY OF T allocated with a size, open-array formals that accept any fixed
   array of the element type, NUMBER, FIRST/LAST and SUBARRAY. *)
MODULE OpenArrays EXPORTS Main;

IMPORT IO, Fmt;

TYPE Buffer = REF ARRAY OF INTEGER;

PROCEDURE Sum (READONLY a: ARRAY OF INTEGER): INTEGER =
  VAR s := 0;
  BEGIN
    FOR i := FIRST(a) TO LAST(a) DO s := s + a[i] END;
    RETURN s;
  END Sum;

PROCEDURE Fill (VAR a: ARRAY OF INTEGER; value: INTEGER) =
  BEGIN
    FOR i := 0 TO NUMBER(a) - 1 DO a[i] := value END;
  END Fill;

VAR
  fixed := ARRAY [1 .. 4] OF INTEGER{1, 2, 3, 4};
  buffer: Buffer := NEW(Buffer, 10);
  grid := NEW(REF ARRAY OF ARRAY OF CHAR, 3, 4);

BEGIN
  Fill(buffer^, 2);
  Fill(SUBARRAY(fixed, 1, 2), 9);
  grid[0, 0] := 'x';
  IO.Put(Fmt.Int(Sum(fixed) + Sum(buffer^) + Sum(SUBARRAY(buffer^, 0, 5)) + NUMBER(grid[1])) & "\n");
END OpenArrays.

(* exit: 1 *)
(* Constructors of open arrays of open arrays: each element is itself an array, and all must have
   the same shape. The elements may be constructors, constants or fixed arrays. *)
MODULE OpenArrayOfOpenArrays EXPORTS Main;
IMPORT IO, Fmt;

TYPE Row = ARRAY [0 .. 1] OF INTEGER;

CONST Corner = ARRAY OF INTEGER{9, 8};

PROCEDURE Show (READONLY m: ARRAY OF ARRAY OF INTEGER) =
  VAR s := Fmt.Int(NUMBER(m)) & "x" & Fmt.Int(NUMBER(m[0])) & ":";
  BEGIN
    FOR i := FIRST(m) TO LAST(m) DO
      FOR j := FIRST(m[i]) TO LAST(m[i]) DO s := s & " " & Fmt.Int(m[i, j]) END
    END;
    IO.Put(s & "\n");
  END Show;

VAR
  r := Row{5, 6};
  k := 3;
  grid := NEW(REF ARRAY OF ARRAY OF INTEGER, 2, 2);

BEGIN
  Show(ARRAY OF ARRAY OF INTEGER{ARRAY OF INTEGER{1, 2}, ARRAY OF INTEGER{3, 4}});
  Show(ARRAY OF ARRAY OF INTEGER{ARRAY OF INTEGER{k, k + 1, k + 2}});
  Show(ARRAY OF ARRAY OF INTEGER{r, Corner, ARRAY OF INTEGER{k, k}});
  grid^ := ARRAY OF ARRAY OF INTEGER{Corner, r};
  Show(grid^);
  Show(ARRAY OF ARRAY OF INTEGER{ARRAY OF INTEGER{1, 2}, ARRAY OF INTEGER{3}});
END OpenArrayOfOpenArrays.

(* ISTYPE, NARROW and TYPECASE on an object hierarchy and REFANY. *)
MODULE TypeTests EXPORTS Main;
IMPORT IO, Fmt;
TYPE
  A = OBJECT END;
  B = A OBJECT x := 1 END;
  C = B OBJECT END;
VAR a: A := NEW(B); r: REFANY := NEW(REF INTEGER);
PROCEDURE Kind (x: REFANY): TEXT =
  BEGIN
    TYPECASE x OF
    | NULL => RETURN "nil"
    | C => RETURN "C"
    | B (b) => RETURN "B with x=" & Fmt.Int(b.x)
    | A => RETURN "A"
    | REF INTEGER (ri) => RETURN "int " & Fmt.Int(ri^)
    ELSE RETURN "other"
    END
  END Kind;
BEGIN
  IO.Put(Fmt.Bool(ISTYPE(a, B)) & " " & Fmt.Bool(ISTYPE(a, C)) & " " & Fmt.Bool(ISTYPE(r, A)) & "\n");
  IO.Put(Fmt.Int(NARROW(a, B).x) & "\n");
  IO.Put(Kind(NIL) & ", " & Kind(NEW(A)) & ", " & Kind(a) & ", " & Kind(NEW(C)) & ", " & Kind(r) & ", " & Kind("text") & "\n")
END TypeTests.

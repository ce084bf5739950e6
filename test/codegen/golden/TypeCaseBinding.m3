(* TYPECASE picks the first arm whose type matches and binds the value narrowed to it; NIL matches a REF arm. *)
MODULE TypeCaseBinding EXPORTS Main;
IMPORT IO, Fmt;
TYPE IntBox = REF INTEGER; Shape = OBJECT END; Circle = Shape OBJECT r: INTEGER END;
PROCEDURE Describe (x: REFANY): TEXT =
  BEGIN
    TYPECASE x OF
    | NULL => RETURN "nil"
    | IntBox (b) => RETURN "int " & Fmt.Int(b^)
    | Circle (c) => RETURN "circle " & Fmt.Int(c.r)
    | Shape => RETURN "some shape"
    | TEXT (t) => RETURN "text " & t
    ELSE RETURN "something else"
    END
  END Describe;
VAR b := NEW(IntBox);
BEGIN
  b^ := 7;
  IO.Put(Describe(NIL) & "\n" & Describe(b) & "\n" & Describe(NEW(Circle, r := 5)) & "\n");
  IO.Put(Describe(NEW(Shape)) & "\n" & Describe("hi") & "\n" & Describe(NEW(REF CHAR)) & "\n")
END TypeCaseBinding.

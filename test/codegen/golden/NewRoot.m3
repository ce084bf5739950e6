(* exit: 1 *)
(* NEW(ROOT) allocates an object whose type is ROOT itself (report 2.6.9): it is a member of
   ROOT and of REFANY but of no proper subtype, TYPECODE gives ROOT's code, TYPECASE selects a
   ROOT arm and NARROW to ROOT succeeds, while NARROW to a subtype still fails. *)
MODULE NewRoot EXPORTS Main;
IMPORT IO, Fmt;
TYPE
  A = OBJECT n := 1 END;
  B = A OBJECT END;
VAR
  r: REFANY := NEW(ROOT);
  s: REFANY := NEW(ROOT);
  a: REFANY := NEW(A);
  o: ROOT;
  x: A;

PROCEDURE Kind (v: REFANY): TEXT =
  BEGIN
    TYPECASE v OF
    | NULL => RETURN "nil"
    | B => RETURN "B"
    | A => RETURN "A"
    | REF INTEGER => RETURN "ref"
    | ROOT => RETURN "root"
    ELSE
      RETURN "else"
    END
  END Kind;

BEGIN
  IO.Put(Fmt.Bool(ISTYPE(r, ROOT)) & Fmt.Bool(ISTYPE(r, REFANY)) & Fmt.Bool(ISTYPE(r, A)) & "\n");
  IO.Put(Fmt.Bool(TYPECODE(r) = TYPECODE(ROOT)) & Fmt.Bool(TYPECODE(r) = TYPECODE(s))
           & Fmt.Bool(TYPECODE(r) = TYPECODE(A)) & Fmt.Bool(TYPECODE(a) = TYPECODE(ROOT)) & "\n");
  IO.Put(Kind(r) & " " & Kind(a) & " " & Kind(NEW(B)) & " " & Kind(NEW(REF INTEGER)) & " "
           & Kind(NIL) & " " & Kind(NEW(REF CHAR)) & "\n");
  o := NARROW(r, ROOT);
  IO.Put(Fmt.Bool(o = r) & Fmt.Bool(r # s) & "\n");
  x := NARROW(r, A)
END NewRoot.

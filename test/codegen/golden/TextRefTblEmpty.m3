(* A new TextRefTbl.Default is empty; put reports whether the key was already there. *)
MODULE TextRefTblEmpty EXPORTS Main;
IMPORT IO, Fmt, TextRefTbl;
VAR t := NEW(TextRefTbl.Default).init(); v: REFANY; k: TEXT; n := 0;
BEGIN
  IO.Put(Fmt.Int(t.size()) & " " & Fmt.Bool(t.get("a", v)) & " " & Fmt.Bool(t.delete("a", v)) & "\n");
  WITH it = t.iterate() DO WHILE it.next(k, v) DO INC(n) END END;
  IO.Put(Fmt.Int(n) & " visited\n");
  IO.Put(Fmt.Bool(t.put("a", NIL)) & " " & Fmt.Bool(t.put("a", "x")) & " " & Fmt.Int(t.size()) & "\n");
  IF t.get("a", v) THEN IO.Put(NARROW(v, TEXT) & "\n") END;
  IO.Put(Fmt.Bool(t.get("A", v)) & "\n")
END TextRefTblEmpty.

(* TextRefTbl.Default: put, get, overwrite, delete, size and iteration over a TEXT-keyed table. *)
MODULE HashTable EXPORTS Main;
IMPORT IO, Fmt, TextRefTbl;
VAR
  t := NEW(TextRefTbl.Default).init();
  v: REFANY;
  k: TEXT;
  n := 0;
  it: TextRefTbl.Iterator;
PROCEDURE Box (i: INTEGER): REF INTEGER =
  VAR r := NEW(REF INTEGER);
  BEGIN
    r^ := i;
    RETURN r
  END Box;
BEGIN
  FOR i := 1 TO 100 DO EVAL t.put("key" & Fmt.Int(i), Box(i)) END;
  IO.Put(Fmt.Int(t.size()) & " entries\n");
  IF t.get("key42", v) THEN IO.Put("key42 -> " & Fmt.Int(NARROW(v, REF INTEGER)^) & "\n") END;
  IF NOT t.get("missing", v) THEN IO.Put("missing is absent\n") END;
  IO.Put("overwrite existed: " & Fmt.Bool(t.put("key42", Box(-42))) & "\n");
  IF t.get("key42", v) THEN IO.Put("key42 -> " & Fmt.Int(NARROW(v, REF INTEGER)^) & "\n") END;
  IO.Put("delete: " & Fmt.Bool(t.delete("key7", v)) & " " & Fmt.Bool(t.delete("key7", v)) & "\n");
  it := t.iterate();
  WHILE it.next(k, v) DO INC(n, NARROW(v, REF INTEGER)^) END;
  IO.Put(Fmt.Int(t.size()) & " entries summing to " & Fmt.Int(n) & "\n")
END HashTable.

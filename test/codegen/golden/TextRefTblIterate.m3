(* TextRefTbl iteration visits every key exactly once, whatever the table's internal order. *)
MODULE TextRefTblIterate EXPORTS Main;
IMPORT IO, Fmt, TextRefTbl, Text;
VAR t := NEW(TextRefTbl.Default).init(4); v: REFANY; k: TEXT; count := 0; letters := 0;
BEGIN
  EVAL t.put("one", NIL);
  EVAL t.put("two", NIL);
  EVAL t.put("three", NIL);
  EVAL t.put("four", NIL);
  EVAL t.put("five", NIL);
  EVAL t.delete("two", v);
  WITH it = t.iterate() DO
    WHILE it.next(k, v) DO INC(count); INC(letters, Text.Length(k)) END
  END;
  IO.Put(Fmt.Int(count) & " keys, " & Fmt.Int(letters) & " letters\n")
END TextRefTblIterate.

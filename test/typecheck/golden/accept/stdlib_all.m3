(* Every standard interface at once: they all check cleanly and work together. *)
MODULE StdlibAll EXPORTS Main;

IMPORT Text, Fmt, IO, Wr, Rd, Stdio, Word, Math, Scan, Thread, Process, Params, TextRefTbl;

<*FATAL Wr.Failure, Rd.Failure, Rd.EndOfFile, Thread.Alerted, Scan.BadFormat, IO.Error*>

VAR
  table: TextRefTbl.T := NEW(TextRefTbl.Default).init();
  value: REFANY;
  line: TEXT;

BEGIN
  EVAL table.put("answer", NIL);
  IF table.get("answer", value) AND table.size() = 1 THEN
    Wr.PutText(Stdio.stdout, Fmt.Int(Scan.Int("42")) & Fmt.LongReal(Math.sqrt(2.0D0)) & Wr.EOL);
  END;
  IF Params.Count > 1 THEN IO.Put(Params.Get(1)) END;
  IF NOT Rd.EOF(Stdio.stdin) THEN line := Rd.GetLine(Stdio.stdin); IO.Put(line) END;
  line := IO.GetLine();
  IO.PutInt(Text.Length(line) + Word.And(7, 3));
  Process.Exit(0);
END StdlibAll.

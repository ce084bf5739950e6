(* Counts the lines, words and characters of its standard input, as wc does; the first argument
   names what was counted. Run it as: spindle run WordCount.m3 -- NAME < FILE *)
MODULE WordCount EXPORTS Main;

IMPORT IO, Fmt, Params, Text;

<*FATAL IO.Error*>

TYPE CharSet = SET OF CHAR;

CONST Blanks = CharSet{' ', '\t', '\r'};

VAR
  lines, words, chars := 0;
  name := "stdin";

PROCEDURE CountWords (line: TEXT): INTEGER =
  VAR
    n := 0;
    inWord := FALSE;
  BEGIN
    FOR i := 0 TO Text.Length(line) - 1 DO
      IF Text.GetChar(line, i) IN Blanks THEN
        inWord := FALSE
      ELSIF NOT inWord THEN
        inWord := TRUE;
        INC(n)
      END
    END;
    RETURN n
  END CountWords;

BEGIN
  IF Params.Count > 1 THEN name := Params.Get(1) END;
  WHILE NOT IO.EOF() DO
    WITH line = IO.GetLine() DO
      INC(lines);
      INC(words, CountWords(line));
      INC(chars, Text.Length(line) + 1)
    END
  END;
  IO.Put(Fmt.Pad(Fmt.Int(lines), 6) & Fmt.Pad(Fmt.Int(words), 6) & Fmt.Pad(Fmt.Int(chars), 7)
           & " " & name & "\n")
END WordCount.

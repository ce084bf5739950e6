(* The RFC 1071 Internet checksum over an array of bytes, with Word operations. *)
MODULE Checksum EXPORTS Main;
IMPORT IO, Fmt, Word;
TYPE Byte = [0 .. 255];
PROCEDURE Sum (READONLY data: ARRAY OF Byte): INTEGER =
  VAR sum := 0; i := 0;
  BEGIN
    WHILE i + 1 < NUMBER(data) DO
      INC(sum, Word.Or(Word.LeftShift(data[i], 8), data[i + 1]));
      INC(i, 2)
    END;
    IF i < NUMBER(data) THEN INC(sum, Word.LeftShift(data[i], 8)) END;
    WHILE Word.RightShift(sum, 16) # 0 DO sum := Word.And(sum, 16_FFFF) + Word.RightShift(sum, 16) END;
    RETURN Word.And(Word.Not(sum), 16_FFFF)
  END Sum;
VAR packet := ARRAY [0 .. 7] OF Byte{16_00, 16_01, 16_F2, 16_03, 16_F4, 16_F5, 16_F6, 16_F7};
BEGIN
  IO.Put(Fmt.Int(Sum(packet), 16) & "\n")
END Checksum.

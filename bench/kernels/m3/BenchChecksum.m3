(* RFC 1071 Internet checksum over n rounds of 1500-byte packets in a 1 MiB buffer. *)
MODULE BenchChecksum;

CONST
  BufferSize = 1048576;
  PacketSize = 1500;

PROCEDURE Checksum (READONLY data: ARRAY OF CHAR; start, length: INTEGER): INTEGER =
  VAR
    sum := 0;
    i := start;
    stop := start + length - 1;
  BEGIN
    WHILE i < stop DO
      INC(sum, ORD(data[i]) * 256 + ORD(data[i + 1]));
      INC(i, 2)
    END;
    IF i = stop THEN INC(sum, ORD(data[i]) * 256) END;
    WHILE sum > 65535 DO sum := sum MOD 65536 + sum DIV 65536 END;
    RETURN 65535 - sum
  END Checksum;

PROCEDURE Run (n: INTEGER): INTEGER =
  VAR
    buffer := NEW(REF ARRAY OF CHAR, BufferSize);
    seed := 7;
    total := 0;
    offset: INTEGER;
  BEGIN
    FOR i := 0 TO BufferSize - 1 DO
      seed := seed * 48271 MOD 2147483647;
      buffer[i] := VAL(seed MOD 256, CHAR)
    END;
    FOR round := 1 TO n DO
      offset := 0;
      WHILE offset + PacketSize <= BufferSize DO
        INC(total, Checksum(buffer^, offset, PacketSize - round MOD 2));
        INC(offset, PacketSize)
      END
    END;
    RETURN total
  END Run;

BEGIN
END BenchChecksum.

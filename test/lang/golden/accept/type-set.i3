INTERFACE Sets;

TYPE
  Flag = {Read, Write, Execute};
  Flags = SET OF Flag;
  CharSet = SET OF CHAR;
  Small = SET OF [0 .. 31];

CONST
  All = Flags{Flag.Read, Flag.Write, Flag.Execute};
  None = Flags{};
  Digits = CharSet{'0' .. '9'};

END Sets.

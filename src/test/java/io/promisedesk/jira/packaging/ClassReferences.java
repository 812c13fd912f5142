package io.promisedesk.jira.packaging;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packages a class file refers to, read from its constant pool: classes, descriptors and annotation types. */
final class ClassReferences {
    private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L([A-Za-z_$][\\w/$]*)[;<]");

    private ClassReferences() {
    }

    static Set<String> packages(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        in.readInt();
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        Set<Integer> classNames = new HashSet<>();
        Set<Integer> stringLiterals = new HashSet<>();
        for (int index = 1; index < count; index++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[index] = in.readUTF();
                case 7 -> classNames.add(in.readUnsignedShort());
                case 8 -> stringLiterals.add(in.readUnsignedShort());
                case 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    index++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        Set<String> packages = new TreeSet<>();
        for (int index = 1; index < count; index++) {
            // A string literal that looks like a type is text, not a reference.
            if (utf8[index] == null || stringLiterals.contains(index)) {
                continue;
            }
            if (classNames.contains(index) && !utf8[index].startsWith("[")) {
                addPackage(utf8[index], packages);
            }
            Matcher types = TYPE_IN_DESCRIPTOR.matcher(utf8[index]);
            while (types.find()) {
                addPackage(types.group(1), packages);
            }
        }
        return packages;
    }

    private static void addPackage(String internalName, Set<String> packages) {
        int slash = internalName.lastIndexOf('/');
        if (slash > 0) {
            packages.add(internalName.substring(0, slash).replace('/', '.'));
        }
    }
}
